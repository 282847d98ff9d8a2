"""Every error message of the library, coded so that tests and users can find it.

Library code raises these (as ValueError, IOError ... with the message);
only the CLI turns them into exit codes.
"""


class Errors:
    E001 = "[E001] Input text must be a str, got {type}."
    E002 = "[E002] No model found at {path}: a model folder holds config.cfg and meta.json (see `vn-govnews train`)."
    E003 = "[E003] Unknown segmenter {name!r}; choose one of: {options}."
    E010 = "[E010] line {line}: invalid JSON: {detail}"
    E011 = "[E011] line {line}: field 'text' is missing"
    E012 = "[E012] line {line}: field 'text' must be a string, got {type}"
    E013 = "[E013] line {line}: field 'spans[{index}]': offsets {start}..{end} out of range for a text of {length} characters"
    E014 = "[E014] line {line}: field 'spans': spans {a} and {b} overlap"
    E015 = "[E015] line {line}: field 'spans[{index}].label': unknown label {label!r}"
    E016 = "[E016] line {line}: field 'spans[{index}]': {detail}"
    E017 = "[E017] line {line}: a record must be a JSON object, got {type}"
    E018 = "[E018] line {line}: field 'events': {detail}"
    E019 = "[E019] line {line}: invalid UTF-8: {detail}"
    E020 = "[E020] {path}: no such file or folder"
    E021 = "[E021] {path}: unsupported input; give a .jsonl (or .jsonl.gz) file of records, a .txt file or a folder of .txt files"
    E022 = "[E022] {path} exists; use --force to overwrite it"
    E024 = "[E024] line {line}: field '{field}': {detail}"
    E025 = "[E025] field 'id': duplicate id {id!r}: an earlier record has it"
    E023 = "[E023] line {line}: field 'id' must be a string or a number, got {type}"
