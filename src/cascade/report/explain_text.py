"""`cascade explain` for a terminal: obligations, their provenance, and the answers."""

WORDS = {
    "vi": {"title": "Nghĩa vụ của {unit_name} năm {year}: {targets} mục tiêu, {tasks} nhiệm vụ được giao",
           "docs": "Văn bản của đơn vị trong năm: {docs}", "none": "(không có)",
           "targets": "MỤC TIÊU", "tasks": "NHIỆM VỤ ĐƯỢC GIAO", "dropped": "KHÔNG XÁC ĐỊNH ĐƯỢC ĐƠN VỊ NHẬN", "related-not-named": "các đơn vị có liên quan không được nêu tên",
           "binding": " (mức ràng buộc)", "carried": " (mức sàn đặt đến năm {year}, chưa văn bản nào thay thế)", "from": "nguồn", "via": "qua", "lead": "chủ trì", "support": "phối hợp",
           "met": "đạt", "weaker": "thấp hơn yêu cầu", "missed": "không có chỉ tiêu", "unknown": "không rõ",
           "not-comparable": "không so sánh được (đo theo cách khác)", "picked-up": "đã cụ thể hóa",
           "not-picked-up": "chưa cụ thể hóa", "not-yet-due": "giao sau khi lập kế hoạch", "match": "gần nhất",
           "deadline": "thời hạn"},
    "en": {"title": "Obligations of {unit_name} in {year}: {targets} targets, {tasks} assigned tasks",
           "docs": "The unit's documents for the year: {docs}", "none": "(none)",
           "targets": "TARGETS", "tasks": "ASSIGNED TASKS", "dropped": "NO UNIT IT CAN BE SAID TO REACH", "related-not-named": "the units concerned are not named",
           "binding": " (binding)", "carried": " (a floor set for {year}, no newer document replaces it)", "from": "from", "via": "via", "lead": "lead", "support": "support",
           "met": "met", "weaker": "weaker", "missed": "no target", "unknown": "unknown",
           "not-comparable": "not comparable (measured another way)", "picked-up": "picked up",
           "not-picked-up": "not picked up", "not-yet-due": "assigned after the plan", "match": "closest",
           "deadline": "deadline"},
}


def _provenance(p: dict, w: dict) -> str:
    return (f"    {w['from']}: {p['document']} ({p['number'] or '—'}), {p['clause']}; {w['via']} \"{p['via']}\"\n"
            f"    {' → '.join(p['path'])}")


def render(data: dict, lang: str) -> str:
    w = WORDS[lang]
    out = [w["title"].format(unit_name=data["unit_name"], year=data["year"], targets=len(data["targets"]),
                             tasks=len(data["tasks"])),
           w["docs"].format(docs=", ".join(data["documents"]) or w["none"]), "", w["targets"]]
    for t in data["targets"]:
        carried = w["carried"].format(year=t["carried_from"]) if t.get("carried_from") else ""
        what = t["indicator_name"][lang] if t.get("indicator_name") else (t["provenance"]["text"][:80] or "—")
        out.append(f"  [{t['area']}] {what}: {t['required']}{w['binding'] if t['binding'] else ''}{carried}")
        out.append(_provenance(t["provenance"], w))
        for a in t["answers"]:
            detail = f" — {a['clause']}: {a['actual']}" if "clause" in a else ""
            out.append(f"    {a['document']}: {w[a['outcome']]}{detail}")
    out += ["", w["tasks"]]
    for t in data["tasks"]:
        text = t["provenance"]["text"]
        out.append(f"  [{t['area']}] ({w[t['role']]}) {text[:110]}{'…' if len(text) > 110 else ''}")
        out.append(_provenance(t["provenance"], w) + (f"; {w['deadline']}: {t['deadline']}" if t["deadline"] else ""))
        for a in t["answers"]:
            out.append(f"    {a['document']}: {w[a['outcome']]} ({w['match']}: {a.get('clause') or '—'}, {a['share']:.0%})")
    if data["dropped"]:
        out += ["", w["dropped"]]
        out += [f"  {d['document']}, {d['clause']}: \"{d['phrase']}\" ({w.get(d['reason'], d['reason'])})"
                for d in data["dropped"]]
    return "\n".join(out) + "\n"
