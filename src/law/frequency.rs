//! How often reports are made, in words.

use std::fmt;

use crate::spec::Frequency;

/// The frequency as it follows "reports" or "and then": "quarterly", "every two months".
impl fmt::Display for Frequency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Frequency::Monthly => "monthly",
            Frequency::BiMonthly => "every two months",
            Frequency::Quarterly => "quarterly",
            Frequency::HalfYearly => "half-yearly",
            Frequency::Annually => "annually",
        })
    }
}
