"""Vietnamese and English wording of input problems: "<what is wrong> — <what was expected>"."""

from __future__ import annotations

import re

from cascade.errors import Problem
from cascade.finding import Terms

# code -> {lang: (what is wrong, what was expected)}; placeholders name Problem params.
INPUT: dict[str, dict[str, tuple[str, str]]] = {
    "yaml-syntax": {
        "vi": ("lỗi cú pháp YAML: {problem}", "YAML hợp lệ (kiểm tra thụt lề, dấu hai chấm, ngoặc và dấu nháy)"),
        "en": ("YAML syntax error: {problem}", "valid YAML (check indentation, colons, brackets and quotes)"),
    },
    "import-empty": {
        "vi": ("tệp không có nội dung để nhập ({detail})", "một kế hoạch dạng .docx, .md hoặc .txt có nội dung"),
        "en": ("the file has nothing to import ({detail})", "a plan as .docx, .md or .txt with content"),
    },
    "import-too-large": {
        "vi": ("tệp quá lớn để là một kế hoạch ({detail})", "một kế hoạch trong giới hạn: .docx 20 MB (10 MB văn bản), .txt/.md 2 MB"),
        "en": ("the file is too large to be a plan ({detail})", "a plan within the limits: .docx 20 MB (10 MB of text), .txt/.md 2 MB"),
    },
    "import-special": {
        "vi": ("'{detail}' không phải tệp thông thường (thư mục, thiết bị hoặc FIFO)", "một tệp .docx, .md hoặc .txt thông thường"),
        "en": ("'{detail}' is not a regular file (a folder, a device or a FIFO)", "a regular .docx, .md or .txt file"),
    },
    "import-paragraph": {
        "vi": ("đoạn văn quá dài ({detail} ký tự)", "mỗi đoạn văn hoặc dòng bảng không quá giới hạn; chia đoạn, hoặc kiểm tra tệp có đúng là kế hoạch"),
        "en": ("a paragraph is too long ({detail} characters)", "paragraphs and table rows within the limit; split it, or check that the file is a plan"),
    },
    "import-bomb": {
        "vi": ("tệp Word có cấu trúc bất thường, có thể là bom nén hoặc bom thực thể XML ({detail})", "một tệp .docx bình thường do Word hoặc LibreOffice lưu"),
        "en": ("the Word file has an abnormal structure, a zip or XML entity bomb ({detail})", "an ordinary .docx saved by Word or LibreOffice"),
    },
    "import-format": {
        "vi": ("không nhập được loại tệp '{detail}'", "tệp .docx, .md hoặc .txt (tệp .doc cũ: lưu lại thành .docx)"),
        "en": ("cannot import files of type '{detail}'", "a .docx, .md or .txt file (an old .doc: save it as .docx)"),
    },
    "import-protected": {
        "vi": ("tệp Word được đặt mật khẩu hoặc mã hóa", "bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi nhập lại"),
        "en": ("the Word file is password-protected or encrypted", "remove the password (File → Info → Protect Document) and import again"),
    },
    "import-damaged": {
        "vi": ("tệp Word bị hỏng hoặc không phải .docx ({detail})", "mở và lưu lại bằng Word hoặc LibreOffice dưới dạng .docx"),
        "en": ("the Word file is damaged or not a .docx ({detail})", "open it and save it again as .docx with Word or LibreOffice"),
    },
    "import-missing": {
        "vi": ("không có tệp này", "đường dẫn tới một tệp .docx, .md hoặc .txt có thật"),
        "en": ("there is no such file", "the path of an existing .docx, .md or .txt file"),
    },
    "not-utf8-import": {
        "vi": ("tệp văn bản không phải UTF-8 ({detail})", "lưu lại tệp với mã hóa UTF-8"),
        "en": ("the text file is not UTF-8 ({detail})", "save the file again as UTF-8"),
    },
    "unsafe-tag": {
        "vi": ("thẻ YAML {tag} không được phép", "chỉ các kiểu YAML cơ bản: chuỗi, số, ngày, danh sách, ánh xạ"),
        "en": ("YAML tag {tag} is not allowed", "plain YAML types only: strings, numbers, dates, lists, mappings"),
    },
    "not-utf8": {
        "vi": ("tệp không phải UTF-8 (byte {byte})", "tệp văn bản mã hóa UTF-8"),
        "en": ("file is not UTF-8 (byte {byte})", "a UTF-8 text file"),
    },
    "unreadable": {
        "vi": ("không đọc được tệp: {reason}", "một tệp tồn tại và đọc được"),
        "en": ("cannot read the file: {reason}", "an existing, readable file"),
    },
    "empty-file": {
        "vi": ("tệp rỗng", "một ánh xạ YAML có nội dung"),
        "en": ("the file is empty", "a YAML mapping with content"),
    },
    "no-such-path": {
        "vi": ("không có tệp hoặc thư mục này", "một thư mục quy tắc hoặc một tệp workspace.yaml có thật"),
        "en": ("there is no such file or directory", "an existing rules directory or workspace.yaml file"),
    },
    "no-workspace": {
        "vi": ("không có thư mục không gian làm việc này", "một thư mục có thật (cascade init TỈNH tạo một thư mục)"),
        "en": ("there is no such workspace folder", "an existing folder (cascade init PROVINCE makes one)"),
    },
    "missing-file": {
        "vi": ("thiếu tệp {name}", "không gian làm việc có {name}"),
        "en": ("{name} is missing", "a workspace that has {name}"),
    },
    "complex-key": {
        "vi": ("khóa phức hợp hoặc khóa gộp '<<'", "khóa là một chuỗi đơn giản"),
        "en": ("complex or merge ('<<') key", "a plain string key"),
    },
    "duplicate-key": {
        "vi": ("khóa '{key}' bị lặp (đã có ở dòng {line})", "mỗi khóa chỉ xuất hiện một lần trong một ánh xạ"),
        "en": ("duplicate key '{key}' (first at line {line})", "each key once per mapping"),
    },
    "missing": {
        "vi": ("thiếu trường bắt buộc '{field}'", "khai báo '{field}'"),
        "en": ("required field '{field}' is missing", "a '{field}' entry"),
    },
    "extra_forbidden": {
        "vi": ("khóa không được phép '{field}'", "một trong các khóa: {allowed}"),
        "en": ("unknown key '{field}'", "one of: {allowed}"),
    },
    "wrong-type": {
        "vi": ("giá trị {value!r} sai kiểu", "{expected}"),
        "en": ("value {value!r} has the wrong type", "{expected}"),
    },
    "literal_error": {
        "vi": ("giá trị {value!r} không được chấp nhận", "một trong: {expected}"),
        "en": ("value {value!r} is not allowed", "one of: {expected}"),
    },
    "string_pattern_mismatch": {
        "vi": ("mã định danh {value!r} không hợp lệ", "chữ thường không dấu, số và dấu gạch nối, ví dụ 'so-noi-vu'"),
        "en": ("identifier {value!r} is not valid", "lower-case ASCII letters, digits and hyphens, e.g. 'so-noi-vu'"),
    },
    "partial_date": {
        "vi": ("ngày {value!r} không hợp lệ", "năm, năm-tháng, năm-tháng-ngày hoặc năm-quý: 2026, 2026-06, 2026-06-15, 2026-Q3"),
        "en": ("date {value!r} is not valid", "a year, year-month, full date or year-quarter: 2026, 2026-06, 2026-06-15, 2026-Q3"),
    },
    "bad-date": {
        "vi": ("ngày {value!r} không hợp lệ", "ngày đầy đủ dạng 2025-07-01"),
        "en": ("date {value!r} is not valid", "a full date such as 2025-07-01"),
    },
    "out-of-range": {
        "vi": ("giá trị {value!r} nằm ngoài khoảng cho phép", "{expected}"),
        "en": ("value {value!r} is out of range", "{expected}"),
    },
    "invalid": {
        "vi": ("giá trị không hợp lệ: {detail}", "giá trị đúng theo lược đồ"),
        "en": ("invalid value: {detail}", "a value that fits the schema"),
    },
    "duplicate-id": {
        "vi": ("mã '{id}' bị trùng (đã dùng ở {first})", "mỗi {what} có một mã riêng"),
        "en": ("duplicate id '{id}' (already used at {first})", "a unique id for each {what}"),
    },
    "unknown-unit": {
        "vi": ("không tìm thấy đơn vị '{name}' trong hệ thống đơn vị", "tên hoặc mã một đơn vị trong hierarchy.yaml, hoặc một cụm nhóm như 'UBND các xã, phường'"),
        "en": ("unit '{name}' is not in the hierarchy", "the name or id of a unit in hierarchy.yaml, or a group phrase such as 'UBND các xã, phường'"),
    },
    "unknown-unit-id": {
        "vi": ("không có đơn vị mã '{id}'", "mã một đơn vị trong hierarchy.yaml"),
        "en": ("no unit has id '{id}'", "the id of a unit in hierarchy.yaml"),
    },
    "unknown-area": {
        "vi": ("lĩnh vực '{id}' không có trong rules/areas.yaml", "một trong: {allowed}"),
        "en": ("area '{id}' is not in rules/areas.yaml", "one of: {allowed}"),
    },
    "unknown-indicator": {
        "vi": ("chỉ tiêu '{id}' không có trong danh mục chỉ tiêu", "mã một chỉ tiêu trong rules/indicators.yaml"),
        "en": ("indicator '{id}' is not in the indicator catalog", "the id of an indicator in rules/indicators.yaml"),
    },
    "unknown-document": {
        "vi": ("không có văn bản mã '{id}'", "mã một văn bản trong documents/ hoặc reference/"),
        "en": ("no document has id '{id}'", "the id of a document under documents/ or reference/"),
    },
    "unknown-goal": {
        "vi": ("không có mục tiêu mã '{id}' trong văn bản", "mã một mục tiêu (targets[].id) của cùng văn bản"),
        "en": ("no target with id '{id}' in this document", "the id of a target (targets[].id) in the same document"),
    },
    "cycle": {
        "vi": ("quan hệ cấp trên tạo thành vòng: {path}", "mỗi đơn vị có cấp trên ở cấp cao hơn, không vòng lặp"),
        "en": ("the parent relation forms a cycle: {path}", "parents that lead up to the root without a cycle"),
    },
    "valid-range": {
        "vi": ("hiệu lực từ {start} sau ngày hết hiệu lực {end}", "valid_from không muộn hơn valid_to"),
        "en": ("valid from {start}, after its end {end}", "valid_from no later than valid_to"),
    },
    "outside-parent": {
        "vi": ("đơn vị có hiệu lực {child} ngoài thời gian tồn tại của cấp trên '{parent}' ({span})", "thời gian hiệu lực nằm trong thời gian của cấp trên"),
        "en": ("unit valid {child}, outside the life of its parent '{parent}' ({span})", "a validity within its parent's"),
    },
    "ambiguous-name": {
        "vi": ("tên '{name}' trùng với đơn vị '{other}' trong cùng thời gian", "mỗi tên chỉ một đơn vị tại một thời điểm dưới cùng cấp trên"),
        "en": ("name '{name}' is also used by unit '{other}' at the same time", "one unit per name at a time under the same parent"),
    },
    "unknown-rule": {
        "vi": ("không có quy tắc '{id}'", "mã một quy tắc trong rules/checks.yaml, ví dụ TGT-001"),
        "en": ("no rule '{id}'", "the id of a rule in rules/checks.yaml, e.g. TGT-001"),
    },
    "legal-basis": {
        "vi": ("căn cứ pháp lý của {id} không nêu văn bản nào", "số, ký hiệu văn bản, ví dụ \"Nghị quyết 76/NQ-CP (15/7/2021)\""),
        "en": ("the legal basis of {id} names no document", "a document number, e.g. \"Nghị quyết 76/NQ-CP (15/7/2021)\""),
    },
    "placeholder": {
        "vi": ("chỗ trống {{{name}}} không có trong phát hiện", "một trong: {allowed}"),
        "en": ("placeholder {{{name}}} names no field of the finding", "one of: {allowed}"),
    },
    "applies-to-nothing": {
        "vi": ("applies_to.{field} không chọn được văn bản nào", "bỏ khóa này để áp dụng cho tất cả, hoặc liệt kê cấp/loại văn bản có ban hành văn bản"),
        "en": ("applies_to.{field} selects no document", "leave the key out to apply to all, or list levels/kinds that issue documents"),
    },
    "duplicates": {
        "vi": ("quy tắc {id} trùng với {other} (cùng loại, cùng tham số, cùng phạm vi)", "một quy tắc cho mỗi điều kiện; tắt hoặc xóa một trong hai"),
        "en": ("rule {id} duplicates {other} (same kind, parameters and scope)", "one rule per condition; switch one of them off or remove it"),
    },
    "contradicts": {
        "vi": ("quy tắc {id} mâu thuẫn với {other} về mức độ cho cùng điều kiện (chỉ tiêu {indicator})", "cùng một mức độ, hoặc phạm vi (cấp, loại văn bản) không chồng nhau"),
        "en": ("rule {id} contradicts {other} on severity for the same condition (indicator {indicator})", "one severity, or scopes (levels, document kinds) that do not overlap"),
    },
    "waiver-scope": {
        "vi": ("miễn trừ '{id}' không nêu đơn vị hay văn bản", "unit: hoặc document: cho biết miễn trừ áp dụng cho ai"),
        "en": ("waiver '{id}' names no unit and no document", "a unit: or document: saying what it applies to"),
    },
    "unknown-kind": {
        "vi": ("không có loại kiểm tra '{id}'", "một trong: {allowed}"),
        "en": ("no check kind '{id}'", "one of: {allowed}"),
    },
    "unknown-template": {
        "vi": ("không có mẫu phòng ban '{id}'", "một trong: {allowed}"),
        "en": ("no office template '{id}'", "one of: {allowed}"),
    },
    "control-char": {
        "vi": ("ký tự điều khiển {char}", "văn bản không có ký tự điều khiển (xóa ký tự này, hoặc viết nó trong chuỗi \"…\" dạng \\x07)"),
        "en": ("control character {char}", "text without control characters (delete it, or write it escaped in a \"…\" string, e.g. \\x07)"),
    },
    "special-file": {
        "vi": ("không phải tệp thông thường (thiết bị, FIFO hoặc liên kết tới chúng)", "một tệp thông thường"),
        "en": ("not a regular file (a device, a FIFO or a link to one)", "a regular file"),
    },
    "too-large": {
        "vi": ("tệp quá lớn ({size})", "tệp không quá {limit}"),
        "en": ("the file is too large ({size})", "a file of at most {limit}"),
    },
    "too-deep": {
        "vi": ("lồng nhau quá {limit} cấp", "ánh xạ và danh sách lồng nhau không quá {limit} cấp"),
        "en": ("nested more than {limit} levels deep", "mappings and lists nested at most {limit} levels"),
    },
    "too-many-aliases": {
        "vi": ("quá {limit} bí danh YAML (*tên)", "không quá {limit} bí danh trong một tệp; viết lại giá trị thay vì dùng bí danh"),
        "en": ("more than {limit} YAML aliases (*name)", "at most {limit} aliases per file; write the values out instead"),
    },
    "self-alias": {
        "vi": ("bí danh *{name} trỏ vào chính nó", "bí danh chỉ trỏ tới một giá trị đã viết xong"),
        "en": ("alias *{name} refers to itself", "aliases only to a value already complete"),
    },
    "not-a-folder": {
        "vi": ("'{name}' không phải thư mục đọc được", "một thư mục chứa các tệp .yaml"),
        "en": ("'{name}' is not a readable folder", "a folder of .yaml files"),
    },
    "bad-template": {
        "vi": ("mẫu thông điệp không hợp lệ: {detail}", "chỉ các chỗ trống dạng {{tên}}, không định dạng; viết {{{{ và }}}} cho dấu ngoặc"),
        "en": ("invalid message template: {detail}", "plain {{name}} placeholders, no format specs; write {{{{ and }}}} for braces"),
    },
    "paragraph-too-long": {
        "vi": ("đoạn văn dài {length} ký tự", "mỗi đoạn văn hoặc dòng bảng không quá {limit} ký tự"),
        "en": ("a paragraph of {length} characters", "paragraphs and table rows of at most {limit} characters"),
    },
    "not-a-mapping": {
        "vi": ("nội dung tệp không phải ánh xạ", "một ánh xạ YAML với các khóa {expected}"),
        "en": ("the file is not a mapping", "a YAML mapping with keys {expected}"),
    },
}

# Short descriptions of the Python types pydantic reports, for "expected".
TYPE_NAMES = {
    "vi": {"str": "một chuỗi văn bản", "int": "một số nguyên", "float": "một số", "bool": "true hoặc false",
           "list": "một danh sách", "dict": "một ánh xạ", "model": "một ánh xạ các khóa", "date": "một ngày dạng 2025-07-01"},
    "en": {"str": "a string", "int": "an integer", "float": "a number", "bool": "true or false",
           "list": "a list", "dict": "a mapping", "model": "a mapping of keys", "date": "a date such as 2025-07-01"},
}


WHAT = {
    "vi": {"unit": "đơn vị", "document": "văn bản", "item": "mục tiêu, nhiệm vụ", "rule": "quy tắc"},
    "en": {"unit": "unit", "document": "document", "item": "target or task", "rule": "rule"},
}


# Control characters (C0, DEL, C1) and the bidirectional overrides that can make a line lie.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def safe(text: object) -> str:
    """User text for a terminal or a report: control characters and escape sequences shown
    escaped ("\\x1b[31m", "\\n"), so that a name can neither colour the screen nor forge a line."""
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


_UNSAFE_IN_REPORT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def safe_report(text: str) -> str:
    """A whole report (text, Markdown, HTML): as safe(), but its own lines and tabs kept."""
    if not _UNSAFE_IN_REPORT.search(text):
        return text
    return _UNSAFE_IN_REPORT.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def render(problem: Problem, lang: str = "vi") -> str:
    """`path:line:col: <what is wrong> — <what was expected>` in the chosen language."""
    params = dict(problem.params)
    if "what" in params:
        params["what"] = WHAT[lang][params["what"]]
    if "expected_type" in params:
        params["expected"] = TYPE_NAMES[lang].get(params["expected_type"], params["expected_type"])
    what, expected = INPUT[problem.code][lang]
    return safe(f"{problem.location}: {what.format(**params)} — {expected.format(**params)}")


# Words of cascade's vocabulary (finding.Terms) in the reader's language.
TERMS = {
    "vi": {"goals": "mục tiêu", "tasks": "nhiệm vụ", "activities": "hoạt động", "lead": "cơ quan chủ trì",
           "support": "cơ quan phối hợp", "deadline": "thời hạn", "products": "sản phẩm đầu ra",
           "government": "Chính phủ", "province": "UBND tỉnh", "ministry": "bộ", "date": "ngày", "number": "số"},
    "en": {"government": "the Government", "province": "the province", "ministry": "the ministry"},
}


def say(value: str | None, lang: str) -> str:
    """A finding's value for a reader: Terms in their language, other text as written, "—" when empty."""
    if isinstance(value, Terms):
        return value.say(TERMS[lang])
    return value or "—"
