# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_jointly_global_optspecs
    string join \n color= h/help V/version
end

function __fish_jointly_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_jointly_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_jointly_using_subcommand
    set -l cmd (__fish_jointly_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c jointly -n "__fish_jointly_needs_command" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_needs_command" -s V -l version -d 'Print version'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "check" -d 'Check specs against the regulations and the guidance checklist'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "render" -d 'Write a numbered draft agreement, in Markdown, HTML or Word, with every gap flagged where it belongs'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "report" -d 'Write a portfolio dashboard of every agreement below the given paths: a heat map of agreements against requirements, pooled money by partner and year, reviews and expiries due, bodies that need a novation, and waivers'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "diff" -d 'Compare two versions of a spec by meaning, and draft the deed of variation'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "rules" -d 'List every rule: ID, name, severity, how far its wording was verified, and citation'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "explain" -d 'Explain a rule: what it checks, why it matters, an example and its citation'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "templates" -d 'Work with the draft templates: `jointly templates export DIR` writes the built-in ones for a council to adapt and use with `jointly render --templates DIR`'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "completions" -d 'Print a shell completion script for bash, zsh, fish, PowerShell or Elvish'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "man" -d 'Print a manual page, in roff: `jointly man check > jointly-check.1; man ./jointly-check.1`'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "lsp" -d 'Run the language server over standard input and output, for editors (VS Code: see editors/vscode/)'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "schema" -d 'Print the JSON Schema of the spec format (draft-07), for editors and other tools'
complete -c jointly -n "__fish_jointly_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jointly -n "__fish_jointly_using_subcommand check" -l fail-on -d 'The lowest severity that makes the run fail [default: error, or `fail_on` in jointly.toml]' -r -f -a "error\t'Fail on errors (statutory requirements)'
warning\t'Fail on errors and warnings'
never\t'Never fail because of findings'"
complete -c jointly -n "__fish_jointly_using_subcommand check" -l format -d 'The output format (--output-format takes these by ruff\'s names, and `concise`)' -r -f -a "human\t'Diagnostics for people, in the style of rustc; three or more findings that share a rule family and citation are drawn as one block'
json\t'jointly\'s versioned JSON report (documented in docs/json-report.md)'
sarif\t'SARIF 2.1.0, for code scanning'
junit\t'JUnit XML, for test dashboards'
github\t'GitHub Actions annotations (and a summary table in $GITHUB_STEP_SUMMARY)'
gitlab\t'GitLab Code Quality JSON'"
complete -c jointly -n "__fish_jointly_using_subcommand check" -l output-format -d 'The output format, by ruff\'s names: `full` is the human format with every finding in full, `concise` one line per finding, and the others are those of --format, which it replaces [default: the human format, similar findings drawn as one block]' -r -f -a "full\t'Diagnostics for people, in the style of rustc, each finding in full with its source line (--format human draws findings that share a rule family and citation as one block)'
concise\t'One line per finding: path:line:col: severity[RULE-ID] message'
json\t'jointly\'s versioned JSON report (documented in docs/json-report.md)'
sarif\t'SARIF 2.1.0, for code scanning'
junit\t'JUnit XML, for test dashboards'
github\t'GitHub Actions annotations (and a summary table in $GITHUB_STEP_SUMMARY)'
gitlab\t'GitLab Code Quality JSON'"
complete -c jointly -n "__fish_jointly_using_subcommand check" -l stdin-filename -d 'The name a spec read from standard input (the path `-`) is reported under [default: <stdin>]. A file named `-` is checked as `./-`' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand check" -s o -l output -d 'Write the report to this file instead of standard output. An existing file is replaced only if it is empty or holds a report jointly wrote (in any format), or with --force; never when it is a spec the run checks' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand check" -l sarif-file -d 'Also write a SARIF report to this file, from the same run: for CI that shows the findings in one format (say `--format github`) and uploads SARIF to code scanning. The file is replaced on the same terms as --output' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand check" -l config -d 'The configuration file [default: jointly.toml in the current directory or the nearest one above it]' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand check" -l select -d 'Check only these rules (IDs or names, comma-separated), each at the severity jointly.toml gives it. jointly\'s own checks (`jointly-waiver-stale`, `jointly-placeholder`, …) count as rules' -r
complete -c jointly -n "__fish_jointly_using_subcommand check" -l extend-select -d 'Check these rules too, even those jointly.toml turns off' -r
complete -c jointly -n "__fish_jointly_using_subcommand check" -l ignore -d 'Do not check these rules, whatever --select or jointly.toml say' -r
complete -c jointly -n "__fish_jointly_using_subcommand check" -l as-of -d 'The date era checks use for agreements that state no commencement or date made (YYYY-MM-DD) [default: `as_of` in jointly.toml]' -r
complete -c jointly -n "__fish_jointly_using_subcommand check" -l bcf-years -d 'A Better Care Fund parameters file (the form of data/bcf-years.toml) that adds a year or replaces values of one, over `bcf_years` in jointly.toml' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand check" -s j -l threads -d 'How many files to check at once [default: the number of CPUs]' -r
complete -c jointly -n "__fish_jointly_using_subcommand check" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand check" -l statistics -d 'Print, instead of each finding, how many times each rule was reported, the most frequent first (human formats only). The exit status is the same as without it'
complete -c jointly -n "__fish_jointly_using_subcommand check" -l force-exclude -d 'Skip files the configuration\'s `exclude` globs match even when they are named on the command line (and standard input when --stdin-filename names such a file). For hooks and editors that pass files one by one'
complete -c jointly -n "__fish_jointly_using_subcommand check" -l force -d 'Replace the --output or --sarif-file file even if it does not hold a report jointly wrote'
complete -c jointly -n "__fish_jointly_using_subcommand check" -l no-config -d 'Ignore any jointly.toml'
complete -c jointly -n "__fish_jointly_using_subcommand check" -s q -l quiet -d 'Print the findings only, without the per-file summaries (human format)'
complete -c jointly -n "__fish_jointly_using_subcommand check" -l specs-only -d 'Skip named files that are not jointly specs (no `jointly:` line), as is done in directories. For hooks that pass every changed YAML file'
complete -c jointly -n "__fish_jointly_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand render" -s o -l output -d 'The directory to write drafts to' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand render" -l format -d 'Which formats to write: one, or several separated by commas or given again (`--format all,docx` writes all three). `all` is Markdown and HTML; the Word draft is only written when asked for' -r -f -a "md\t'Markdown only'
html\t'HTML only'
all\t'Markdown and HTML'
docx\t'Word (.docx): clauses in Word list numbering, flags as Word comments'"
complete -c jointly -n "__fish_jointly_using_subcommand render" -l templates -d 'A directory of templates to use instead of the built-in ones of the same name (agreement.md, library.md, schedule.md, components.md, page.html; `jointly templates export` writes them). It must exist, and a file in it with any other name is an error' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand render" -l bcf-years -d 'A Better Care Fund parameters file (the form of data/bcf-years.toml) that adds a year or replaces values of one, over `bcf_years` in jointly.toml' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand render" -l config -d 'The configuration file [default: jointly.toml in the current directory or the nearest one above it]' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand render" -l select -d 'Check only these rules (IDs or names, comma-separated), each at the severity jointly.toml gives it. jointly\'s own checks (`jointly-waiver-stale`, `jointly-placeholder`, …) count as rules' -r
complete -c jointly -n "__fish_jointly_using_subcommand render" -l extend-select -d 'Check these rules too, even those jointly.toml turns off' -r
complete -c jointly -n "__fish_jointly_using_subcommand render" -l ignore -d 'Do not check these rules, whatever --select or jointly.toml say' -r
complete -c jointly -n "__fish_jointly_using_subcommand render" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand render" -l clean -d 'Write a clean copy without flags. Refused while a statutory gap, or a placeholder in a final or signed agreement, remains, unless --allow-incomplete'
complete -c jointly -n "__fish_jointly_using_subcommand render" -l allow-incomplete -d 'With --clean, write the clean copy even though statutory gaps or placeholders remain'
complete -c jointly -n "__fish_jointly_using_subcommand render" -l force -d 'Replace output files even if they were changed by hand'
complete -c jointly -n "__fish_jointly_using_subcommand render" -l no-config -d 'Ignore any jointly.toml'
complete -c jointly -n "__fish_jointly_using_subcommand render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand report" -s o -l output -d 'Where to write the dashboard [default: standard output]. An existing file is replaced only if jointly wrote it and nobody has edited it since, or with --force' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand report" -l format -d 'The format [default: from the --output extension (.html, .md, .json), else html]' -r -f -a "html\t'One self-contained page'
md\t'Markdown'
json\t'jointly\'s versioned portfolio JSON'"
complete -c jointly -n "__fish_jointly_using_subcommand report" -l as-of -d 'The date the dashboard is as at: due dates, abolished bodies and waiver expiry are judged against it (YYYY-MM-DD) [default: today]. The rules judge an agreement that states no dates as `check` does (by `as_of` in jointly.toml), so that both count the same findings' -r
complete -c jointly -n "__fish_jointly_using_subcommand report" -l config -d 'The configuration file [default: jointly.toml in the current directory or the nearest one above it]' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand report" -l select -d 'Check only these rules (IDs or names, comma-separated), each at the severity jointly.toml gives it. jointly\'s own checks (`jointly-waiver-stale`, `jointly-placeholder`, …) count as rules' -r
complete -c jointly -n "__fish_jointly_using_subcommand report" -l extend-select -d 'Check these rules too, even those jointly.toml turns off' -r
complete -c jointly -n "__fish_jointly_using_subcommand report" -l ignore -d 'Do not check these rules, whatever --select or jointly.toml say' -r
complete -c jointly -n "__fish_jointly_using_subcommand report" -l fail-on -d 'The lowest severity of finding that makes the run fail (exit 1), as for `check` [default: error, or `fail_on` in jointly.toml]' -r -f -a "error\t'Fail on errors (statutory requirements)'
warning\t'Fail on errors and warnings'
never\t'Never fail because of findings'"
complete -c jointly -n "__fish_jointly_using_subcommand report" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand report" -l force -d 'Replace the output file even if it was changed by hand'
complete -c jointly -n "__fish_jointly_using_subcommand report" -l no-config -d 'Ignore any jointly.toml'
complete -c jointly -n "__fish_jointly_using_subcommand report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l format -d 'How to write the changes on standard output: `human` (grouped, old → new, with file:line:col in both), or `json` (versioned; documented in src/diff/json.rs)' -r -f -a "human\t'For people: grouped, old → new, with file:line:col in both files'
json\t'jointly\'s versioned JSON (documented in src/diff/json.rs)'"
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l deed -d 'Also write a draft deed of variation into DIR, as NEW-variation.md, .html and .docx (NEW being the varied spec\'s file name without `.yaml`)' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l templates -d 'With --deed, a directory of templates to use instead of the built-in ones of the same name (deed.md, components.md, page.html; `jointly templates export` writes them)' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l bcf-years -d 'A Better Care Fund parameters file for the re-check, as for `jointly check`' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l config -d 'The configuration file [default: jointly.toml in the current directory or the nearest one above it]' -r -F
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l select -d 'Check only these rules (IDs or names, comma-separated), each at the severity jointly.toml gives it. jointly\'s own checks (`jointly-waiver-stale`, `jointly-placeholder`, …) count as rules' -r
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l extend-select -d 'Check these rules too, even those jointly.toml turns off' -r
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l ignore -d 'Do not check these rules, whatever --select or jointly.toml say' -r
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l force -d 'With --deed, replace deed files even if they were changed by hand'
complete -c jointly -n "__fish_jointly_using_subcommand diff" -l no-config -d 'Ignore any jointly.toml'
complete -c jointly -n "__fish_jointly_using_subcommand diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand rules" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand rules" -s h -l help -d 'Print help'
complete -c jointly -n "__fish_jointly_using_subcommand explain" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand explain" -s h -l help -d 'Print help'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and not __fish_seen_subcommand_from export help" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand templates; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Write every built-in draft template (agreement.md, library.md, schedule.md, components.md, page.html, and deed.md for `jointly diff --deed`) to DIR, creating it if needed, for a council to adapt and use with `jointly render --templates DIR` (and `jointly diff --templates DIR`). A file already there with other contents is left alone, and nothing is written, unless --force'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and __fish_seen_subcommand_from export" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand templates; and __fish_seen_subcommand_from export" -l force -d 'Replace template files in DIR that differ from the built-in ones'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write every built-in draft template (agreement.md, library.md, schedule.md, components.md, page.html, and deed.md for `jointly diff --deed`) to DIR, creating it if needed, for a council to adapt and use with `jointly render --templates DIR` (and `jointly diff --templates DIR`). A file already there with other contents is left alone, and nothing is written, unless --force'
complete -c jointly -n "__fish_jointly_using_subcommand templates; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jointly -n "__fish_jointly_using_subcommand completions" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand man" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand lsp" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand lsp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c jointly -n "__fish_jointly_using_subcommand schema" -l color -d 'When to use colour: auto (only on a terminal, and never when NO_COLOR is set), always, never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c jointly -n "__fish_jointly_using_subcommand schema" -l config -d 'Print the schema of jointly.toml instead'
complete -c jointly -n "__fish_jointly_using_subcommand schema" -s h -l help -d 'Print help'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "check" -d 'Check specs against the regulations and the guidance checklist'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "render" -d 'Write a numbered draft agreement, in Markdown, HTML or Word, with every gap flagged where it belongs'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "report" -d 'Write a portfolio dashboard of every agreement below the given paths: a heat map of agreements against requirements, pooled money by partner and year, reviews and expiries due, bodies that need a novation, and waivers'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "diff" -d 'Compare two versions of a spec by meaning, and draft the deed of variation'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "rules" -d 'List every rule: ID, name, severity, how far its wording was verified, and citation'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "explain" -d 'Explain a rule: what it checks, why it matters, an example and its citation'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "templates" -d 'Work with the draft templates: `jointly templates export DIR` writes the built-in ones for a council to adapt and use with `jointly render --templates DIR`'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "completions" -d 'Print a shell completion script for bash, zsh, fish, PowerShell or Elvish'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "man" -d 'Print a manual page, in roff: `jointly man check > jointly-check.1; man ./jointly-check.1`'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "lsp" -d 'Run the language server over standard input and output, for editors (VS Code: see editors/vscode/)'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "schema" -d 'Print the JSON Schema of the spec format (draft-07), for editors and other tools'
complete -c jointly -n "__fish_jointly_using_subcommand help; and not __fish_seen_subcommand_from check render report diff rules explain templates completions man lsp schema help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c jointly -n "__fish_jointly_using_subcommand help; and __fish_seen_subcommand_from templates" -f -a "export" -d 'Write every built-in draft template (agreement.md, library.md, schedule.md, components.md, page.html, and deed.md for `jointly diff --deed`) to DIR, creating it if needed, for a council to adapt and use with `jointly render --templates DIR` (and `jointly diff --templates DIR`). A file already there with other contents is left alone, and nothing is written, unless --force'
