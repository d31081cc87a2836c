//! Test support: reading the Markdown tables of test vectors (`tests/vectors.md`,
//! `tests/articles.md`), tables a lawyer can read. The JavaScript tests read them with
//! `tests/support/vectors.mjs`.
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

/// The rows of the file's first table.
pub fn rows(file: &'static str) -> Vec<Row<'static>> {
    table_rows(file, 0)
}

/// The rows of the file's `which`-th table (from 0): tables are runs of lines starting with `|`.
pub fn table_rows(file: &'static str, which: usize) -> Vec<Row<'static>> {
    let mut tables: Vec<Vec<&'static str>> = Vec::new();
    let mut previous_was_row = false;
    for line in file.lines() {
        let is_row = line.starts_with('|');
        if is_row && !previous_was_row {
            tables.push(Vec::new());
        }
        if let (true, Some(table)) = (is_row, tables.last_mut()) {
            table.push(line);
        }
        previous_was_row = is_row;
    }
    let mut lines = tables.into_iter().nth(which).expect("the file has that table").into_iter();
    let split = |line: &'static str| -> Vec<&'static str> {
        line.trim().trim_matches('|').split('|').map(str::trim).collect()
    };
    let header = split(lines.next().expect("the table has a header"));
    lines.skip(1).map(|line| Row { cells: header.iter().copied().zip(split(line)).collect() }).collect()
}
