//! The legal vocabulary, declared once: the kinds of body a party can be and how each is
//! written, when each kind of NHS body existed, the dates the Acts and instruments turned on,
//! the instruments rules cite, and how often reports are made, in words.
//!
//! Rules, drafts and the dashboard read these tables instead of keeping their own, so that a
//! date or a body's name is written the same way in a finding, a draft and a report. Nothing
//! here reads a spec beyond the single value it describes.
//!
//! ```
//! use jointly::law::{BodyClass, LongDate, dates};
//! use jointly::spec::{BodyType, Frequency};
//!
//! let body = BodyType::LondonBoroughCouncil;
//! assert_eq!(body.to_string(), "London borough council");
//! assert_eq!(body.described().to_string(), "a London borough council");
//! assert_eq!(BodyType::NhsEngland.described().to_string(), "NHS England");
//! assert_eq!(body.class(), BodyClass::LocalAuthority);
//! assert_eq!(LongDate(dates::NHS_ACT_2006_IN_FORCE).to_string(), "1 March 2007");
//! assert_eq!(Frequency::HalfYearly.to_string(), "half-yearly");
//! ```

pub mod bcf;
mod bodies;
pub mod dates;
mod eras;
mod frequency;
pub mod instruments;
pub mod regions;
mod relevant_partners;
mod relevant_partners_wales;

pub use bodies::{BodyClass, CHILDRENS_SERVICES_AUTHORITIES, Described, LegalCategory, TypeWords};
pub use dates::LongDate;
pub use eras::Era;
pub use relevant_partners::{Listing, S10Standing};
