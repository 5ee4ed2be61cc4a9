// The schema-only peer of `jointly check`: what a CI user would otherwise run. In one node
// process, every `*.yaml` and `*.yml` file directly in DIR (in name order) is parsed with
// js-yaml and validated with ajv against schemas/jointly-spec-v1.schema.json, reporting every
// schema error of each file. Prints one line per invalid file and a total; exits 1 if any
// file is invalid or unreadable. Used by scripts/bench-peer.
//
//   npm ci && node peer.js DIR
"use strict";

const fs = require("fs");
const path = require("path");
const yaml = require("js-yaml");
const Ajv = require("ajv");

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node peer.js DIR");
  process.exit(2);
}

const schemaPath = path.join(__dirname, "..", "..", "schemas", "jointly-spec-v1.schema.json");
const schema = JSON.parse(fs.readFileSync(schemaPath, "utf8"));

// The formats the schema names, checked as ajv-formats would: a civil date (YYYY-MM-DD that
// exists), and whole numbers in range for the two integer formats schemars writes.
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
function isDate(text) {
  const m = DATE.exec(text);
  if (!m) return false;
  const year = +m[1], month = +m[2], day = +m[3];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("date", isDate);
ajv.addFormat("uint8", { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= 255 });
ajv.addFormat("uint32", { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= 4294967295 });
const validate = ajv.compile(schema);

const files = fs
  .readdirSync(dir)
  .filter((name) => name.endsWith(".yaml") || name.endsWith(".yml"))
  .sort();
let invalid = 0;
let errors = 0;
for (const name of files) {
  const file = path.join(dir, name);
  let value;
  try {
    // The core schema: YAML 1.2 scalars, so a date stays the string the schema expects.
    value = yaml.load(fs.readFileSync(file, "utf8"), { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (error) {
    invalid += 1;
    errors += 1;
    console.log(`${file}: ${error.message.split("\n")[0]}`);
    continue;
  }
  if (!validate(value)) {
    invalid += 1;
    errors += validate.errors.length;
    console.log(`${file}: ${validate.errors.length} schema errors`);
  }
}
console.log(`validated ${files.length} files: ${invalid} invalid, ${errors} errors`);
process.exit(invalid > 0 ? 1 : 0);
