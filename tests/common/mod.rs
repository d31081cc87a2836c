//! Test support: reading the Markdown tables of test vectors (`tests/vectors.md`,
//! `tests/articles.md`), tables a lawyer can read. The JavaScript tests read them with
//! `tests/vectors.mjs`.
#![allow(dead_code)]

/// One row of the table, by column name.
pub struct Row<'a> {
    cells: Vec<(&'a str, &'a str)>,
}

impl<'a> Row<'a> {
    pub fn get(&self, column: &str) -> &'a str {
        self.cells.iter().find(|(name, _)| *name == column).map(|(_, value)| *value).unwrap_or("")
    }

    /// How many cells the row has.
    pub fn width(&self) -> usize {
        self.cells.len()
    }

    /// `"40..100"` → `("40", "100")`; a point `"70"` → `("70", "70")`.
    pub fn span(&self, column: &str) -> (&'a str, &'a str) {
        let value = self.get(column);
        value.split_once("..").unwrap_or((value, value))
    }
}

pub fn rows(table: &'static str) -> Vec<Row<'static>> {
    let mut lines = table.lines().filter(|line| line.starts_with('|'));
    let split = |line: &'static str| -> Vec<&'static str> {
        line.trim().trim_matches('|').split('|').map(str::trim).collect()
    };
    let header = split(lines.next().expect("the table has a header"));
    lines.skip(1).map(|line| Row { cells: header.iter().copied().zip(split(line)).collect() }).collect()
}
