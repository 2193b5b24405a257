"""`cascade explain` for a terminal: obligations, their provenance, and the answers."""

from cascade.i18n import N_, translation
from cascade.messages import say

PATH_UNKNOWN = {"no-baseline": N_("no level of an earlier year is known"),
                "no-goal": N_("no goal of a later year is known")}
OUTCOMES = {"met": N_("met"), "weaker": N_("weaker"), "missed": N_("no target"), "unknown": N_("unknown"),
            "not-comparable": N_("not comparable (measured another way)"), "picked-up": N_("picked up"),
            "not-picked-up": N_("not picked up"), "not-yet-due": N_("assigned after the plan")}


def _provenance(p: dict, lang: str) -> str:
    """Where an obligation comes from: the document by its number, its clause, and how it
    reached the unit — the group its text names, or the cascade rule's own words."""
    _ = translation(lang).gettext
    source = ", ".join(part for part in (p["document_name"], p["clause_in_document"]) if part)
    how = p["via_rule"][lang] if p.get("via_rule") else _('via "{phrase}"').format(phrase=p["via"])
    return "    " + _("from: {source}; {how}").format(source=source, how=how) + f"\n    {' → '.join(p['path'])}"


def _path(p: dict, lang: str) -> str:
    """The even path to a later goal, or which end of it is not known (TGT-006 is then silent)."""
    _ = translation(lang).gettext
    if "unknown" in p:
        return _("path this year: unknown — {why}").format(why=_(PATH_UNKNOWN[p["unknown"]]))
    b, g = p["baseline"], p["goal"]
    return _("path this year: ≥ {least:g} % ({b} % by {by} → {g} % by {gy})").format(
        least=p["least"], b=f"{b['value']:g}", by=b["year"], g=f"{g['value']:g}", gy=g["year"])


def _target(t: dict, lang: str) -> list[str]:
    _ = translation(lang).gettext
    what = t["indicator_name"][lang] if t.get("indicator_name") else (t["provenance"]["text"][:80] or "—")
    notes = [_("(binding)")] if t["binding"] else []
    if t.get("carried_from"):
        notes.append(_("(a floor set for {year}, no newer document replaces it)").format(year=t["carried_from"]))
    if t.get("role") == "share":
        notes.append(_("(the unit's share of the provincial level's figure: need not be restated; "
                       "known through the province's plan)"))
    out = [" ".join([f"  [{t['area_name'][lang]}] {what}: {say(t['required'], lang)}", *notes]), _provenance(t["provenance"], lang)]
    if t.get("path"):
        out.append("    " + _path(t["path"], lang))
    for a in t["answers"]:
        detail = f" — {a['clause']}: {say(a['actual'], lang)}" if "clause" in a else ""
        out.append(f"    {a['document_name']}: {_(OUTCOMES[a['outcome']])}{detail}")
    return out


def _task(t: dict, lang: str) -> list[str]:
    words = translation(lang)
    _ = words.gettext
    text = t["provenance"]["text"]
    role = words.pgettext("role", "lead") if t["role"] == "lead" else words.pgettext("role", "support")
    deadline = "; " + _("deadline: {deadline}").format(deadline=t["deadline"]) if t["deadline"] else ""
    out = [f"  [{t['area_name'][lang]}] ({role}) {text[:110]}{'…' if len(text) > 110 else ''}",
           _provenance(t["provenance"], lang) + deadline]
    for a in t["answers"]:
        closest = _("closest: {clause}, {share:.0%}").format(clause=a.get("clause") or "—", share=a["share"])
        out.append(f"    {a['document_name']}: {_(OUTCOMES[a['outcome']])} ({closest})")
    return out


def render(data: dict, lang: str) -> str:
    words = translation(lang)
    _ = words.gettext
    targets, tasks = len(data["targets"]), len(data["tasks"])
    out = [_("Obligations of {unit_name} in {year}: {targets}, {tasks}").format(
               unit_name=data["unit_name"], year=data["year"],
               targets=words.ngettext("{n} target", "{n} targets", targets).format(n=targets),
               tasks=words.ngettext("{n} assigned task", "{n} assigned tasks", tasks).format(n=tasks)),
           _("The unit's documents for the year: {docs}").format(docs=", ".join(data["document_names"]) or _("(none)")),
           "", _("TARGETS")]
    for t in data["targets"]:
        out += _target(t, lang)
    out += ["", _("ASSIGNED TASKS")]
    for t in data["tasks"]:
        out += _task(t, lang)
    if data["dropped"]:
        out += ["", _("NO UNIT IT CAN BE SAID TO REACH")]
        out += [f"  {', '.join(filter(None, (d['document_name'], d['clause_in_document'])))}: \"{d['phrase']}\" "
                f"({d['reason_text'][lang]})" for d in data["dropped"]]
    return "\n".join(out) + "\n"
