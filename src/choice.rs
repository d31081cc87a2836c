//! Answers picked from a fixed list (the case, the verdict, the reporter): enums whose
//! variants have the stable identifiers of the JS contract and the page's form values.

/// Declares an enum of choices with its contract identifiers. It derives the identifiers,
/// `ALL`, parsing from the identifier and serialization as the identifier, so that the list of
/// accepted values is written once.
macro_rules! choices {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $id:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every choice, in the order the page asks them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable identifier of the JS contract.
            pub const fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The choice with this identifier, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|choice| choice.id() == id)
            }
        }

        // As a unit variant named by its identifier, which every self-describing format (the
        // JSON of the JS contract) writes as that string.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_unit_variant(stringify!($name), *self as u32, self.id())
            }
        }
    };
}

pub(crate) use choices;
