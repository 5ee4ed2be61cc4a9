//! The spec: its types, the one YAML loader, the span index and the JSON Schema.
//!
//! This is the only module that knows YAML. Everything downstream works on [`Spec`] and
//! names places by JSON pointer; [`SpanIndex`] turns pointers back into lines and columns.
//!
//! The typed model is spread over one module per part of the format (`agreement`, `parties`,
//! `schemes`, `pools`, `checklist`, `conditions`, `values`); `write` writes a spec back as YAML. Its doc comments become the
//! `description`s of the committed JSON Schema, which editors show as hover text, so they are
//! written for officers and cite the provision behind a key.

mod agreement;
mod aligned;
mod basis_sections;
mod bcf;
mod checklist;
mod children;
mod conditions;
pub mod editing;
mod events;
mod integers;
mod invisible;
mod joint_working;
mod load;
mod modern;
mod money;
mod parties;
mod payment;
mod pointer;
mod pools;
mod read;
mod references;
mod scan;
pub mod schema;
mod schemes;
pub mod skeleton;
mod span;
mod stated_date;
mod tags;
mod tree;
mod units;
mod values;
mod wales;
mod write;
mod written_date;
mod years;

pub use agreement::{
    Agreement, Approval, FormatVersion, Jurisdiction, LegalBasis, Review, Rolling, Spec, Status,
    Waiver,
};
pub use bcf::{Bcf, BcfEngaged, BcfFigures, BcfPlan, BcfStream};
pub(crate) use checklist::with_checklist;
pub use checklist::{CHECKLIST, ChecklistItem, Clauses, Data, DataTest, NotApplicable, SetOut};
pub use children::{Children, WellbeingHead};
pub use conditions::{Consultation, Notification, Plans, Rationale};
pub use invisible::{is_bidi_control, is_invisible, says_nothing};
pub use joint_working::{GuidanceRegard, JointCommittee, JointWorking};
pub use load::{
    Document, LoadError, MAX_DEPTH, MAX_FILE_BYTES, Problem, load_bytes, load_file, load_file_if,
};
pub use modern::{
    DataProtection, DataRole, DataRoleKind, Exit, Foi, Indemnity, Liabilities, Modern,
    NoticeAddress, Notices, VariationMode,
};
pub use money::{Amount, Money, MoneyUnit, Percent, TooLarge};
pub use parties::{BodyType, Consent, Execution, Party, Signatory};
pub use payment::{
    CapitalConditions, Memorandum, OpinionGround, PaymentAgreement, PaymentAmount, PaymentNature,
    PurposeHead,
};
pub use pointer::Pointer;
pub(crate) use pointer::push_decimal;
pub use pools::{
    Contribution, MoneyKind, PoolManager, PoolReporting, PooledFund, PooledTotal, RiskShare, Share,
};
pub use references::party_reference_pointers;
#[doc(hidden)]
pub use scan::{scanned_events, scanner_agrees};
pub use schemes::{
    AlignedAmount, Delegation, DelegationReporting, Delegators, Direction, Exercised, Functions,
    FundingKind, Nature, OtherFunding, Payment, Resources, Scheme,
};
pub use span::{NodeSpans, Span, SpanIndex};
pub use stated_date::{Decision, NotAStatedDate, Precision, StatedDate};
pub use values::{FinancialYear, Frequency};
pub use wales::{MandatoryPool, Region, RegionalPool, Wales};
pub use write::to_yaml;
pub use years::{Variation, Year, year_words};
