"""What the explorer's tabs show beside the drawing: promises, indicators' series, entity pages and sentences.

:func:`explorer_data` reads a built graph (the predicates of :data:`kg.viz.view.READS` only) into plain JSON
data; the page (kg/viz/assets/explorer.js) renders it with ``textContent``. Sentences are stored once and
referred to by their index, so a sentence that states ten things is on the page once.
"""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS

from kg.rdf import ontology
from kg.rdf.terms import STAGE, kgo_name
from kg.rdf.vocab import KGO
from kg.viz.view import PERIOD_START, Readable, _documents, _key, _number, shown_value

# The order verdicts are listed in when the graph has them; a verdict not named here follows, by name.
VERDICT_ORDER = ("Met", "Missed", "Claimed", "NeedsReview", "NotReported", "Pending")
STAGE_ORDER = tuple(kgo_name(iri) for iri in STAGE.values())


class _Sentences:
    """Every sentence the page quotes, once: (document, start, text) -> its index on the page."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, int, str], set[str]] = {}      # sentence -> the entities it names

    def add(self, where: tuple[str, int, str] | None, entity: str | None = None) -> tuple[str, int, str] | None:
        if where is not None:
            named = self.found.setdefault(where, set())
            if entity:
                named.add(entity)
        return where

    def numbered(self) -> tuple[list[list], dict[tuple[str, int, str], int]]:
        """The sentences as [document, start, text, entity ids] sorted, and each one's index."""
        order = sorted(self.found)
        return ([[d, s, t, sorted(self.found[(d, s, t)])] for d, s, t in order],
                {w: i for i, w in enumerate(order)})


def _where(g: Readable, node: URIRef, docs: dict) -> tuple[str, int, str] | None:
    doc, start, text = g.value(node, KGO.reportedIn), g.value(node, KGO.charStart), g.value(node, KGO.evidence)
    if doc is None or text is None:
        return None
    return (docs[doc][0] if doc in docs else _key(doc), int(start or 0), str(text))


def _float(term: object) -> float | None:
    """A literal number as a JSON number (no trailing .0 for whole numbers), None when absent."""
    text = _number(term)
    if not text:
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def _year(term: object) -> int | None:
    text = str(term or "")[:4]
    return int(text) if text.isdigit() else None


def _observation(g: Readable, o: URIRef, docs: dict, sentences: _Sentences, verdicts: dict) -> dict:
    """One value of an indicator: the keys are short, the page holds thousands."""
    measure, comparator, status = (g.value(o, KGO.measure) or KGO.Level, g.value(o, KGO.comparator) or KGO.Exactly,
                                   g.value(o, KGO.status) or KGO.Planned)
    where = sentences.add(_where(g, o, docs))
    start = _year(g.value(o, PERIOD_START))
    return {"y": _year(g.value(o, KGO.period)), "y0": start, "v": _float(g.value(o, KGO.value)),
            "v1": _float(g.value(o, KGO.valueMax)), "u": str(g.value(o, KGO.unit) or ""),
            "m": kgo_name(measure), "c": kgo_name(comparator), "s": kgo_name(status),
            "t": shown_value(g, o), "w": where, "vd": verdicts.get(o, "")}


def _promises(g: Readable, docs: dict, sentences: _Sentences) -> list[dict]:
    """Every target with a verdict: its government, year, indicator, target, outcome and both sentences."""
    rows = []
    for target, verdict in g.subject_objects(KGO.verdict):
        outcome, metric = g.value(target, KGO.outcome), g.value(target, KGO.metric)
        document = g.value(target, KGO.reportedIn)
        government = g.value(document, KGO.district) if document is not None else None
        rows.append({"y": _year(g.value(target, KGO.period)), "g": _key(government) if government else "",
                     "i": _key(metric) if metric is not None else "", "m": kgo_name(g.value(target, KGO.measure)
                                                                          or KGO.Level),
                     "t": shown_value(g, target), "o": shown_value(g, outcome), "v": kgo_name(verdict),
                     "tw": sentences.add(_where(g, target, docs)),
                     "ow": sentences.add(_where(g, outcome, docs)) if outcome is not None else None})
    rows.sort(key=lambda r: (r["y"] or 0, r["g"], r["tw"] or ("", 0, ""), r["i"], r["m"], r["t"]))
    return rows


def _stages(g: Readable, docs: dict, sentences: _Sentences) -> dict[str, list[list]]:
    """Project id -> its stages, [year, stage, sentence] by year and lifecycle order."""
    rank = {name: i for i, name in enumerate(STAGE_ORDER)}
    out: dict[str, list[list]] = defaultdict(list)
    for record in g.subjects(RDF.type, KGO.ProjectStage):
        project, stage = g.value(record, KGO.project), g.value(record, KGO.stage)
        if project is None or stage is None:
            continue
        pid = _key(project)
        out[pid].append([_year(g.value(record, KGO.year)), kgo_name(stage), sentences.add(_where(g, record, docs), pid)])
    for pid, rows in out.items():
        rows.sort(key=lambda r: (r[0] or 0, rank.get(r[1], len(rank)), r[1], r[2] or ("", 0, "")))
    return out


def _mentions(g: Readable, docs: dict, sentences: _Sentences) -> dict[str, set]:
    """Entity id -> every sentence that names it (no cap: an entity page shows them all)."""
    out: dict[str, set] = defaultdict(set)
    for m in g.subjects(KGO.mentionOf, None):
        entity = g.value(m, KGO.mentionOf)
        where = sentences.add(_where(g, m, docs), _key(entity))
        if where is not None:
            out[_key(entity)].add(where)
    for s in g.subjects(RDF.type, KGO.Statement):
        where = _where(g, s, docs)
        for node in (g.value(s, RDF.subject), g.value(s, RDF.object)):
            if isinstance(node, URIRef) and where is not None:
                out[_key(node)].add(sentences.add(where, _key(node)))
    return out


def _indicators(g: Readable, docs: dict, sentences: _Sentences) -> dict[str, list[dict]]:
    verdicts = {t: kgo_name(v) for t, v in g.subject_objects(KGO.verdict)}
    out: dict[str, list[dict]] = defaultdict(list)
    for o, metric in g.subject_objects(KGO.metric):
        if (o, RDF.type, KGO.Observation) in g or g.value(o, KGO.value) is not None:
            out[_key(metric)].append(_observation(g, o, docs, sentences, verdicts))
    for rows in out.values():
        rows.sort(key=lambda r: (r["y"] or 0, r["m"], r["s"], r["w"] or ("", 0, ""), r["t"]))
    return out


def _label(iri: URIRef, lang: str, default: str) -> str:
    try:
        return ontology.label(iri, lang)
    except KeyError:
        return default


def _names(g: Readable, kinds: set[str]) -> dict[str, list[str]]:
    """Each verdict, stage, measure, status and comparator named in the data: [Chinese, English] labels (the
    graph's, else the ontology's, else the term's name)."""
    out = {}
    for name in sorted(kinds):
        iri = getattr(KGO, name, None)
        if iri is not None:
            labels = {getattr(v, "language", None): str(v) for v in sorted(g.objects(iri, RDFS.label))}
            out[name] = [labels.get("zh") or _label(iri, "zh", name), labels.get("en") or _label(iri, "en", name)]
    return out


def explorer_data(g: Readable) -> dict:
    """The explorer's data: promises, verdicts in order, indicators' values, projects' stages, entities'
    sentences and the documents, with every quoted sentence once in ``sentences``."""
    docs = _documents(g)
    sentences = _Sentences()
    promises, stages = _promises(g, docs, sentences), _stages(g, docs, sentences)
    mentions, indicators = _mentions(g, docs, sentences), _indicators(g, docs, sentences)
    table, index = sentences.numbered()

    def ref(where):
        return None if where is None else index[where]

    for r in promises:
        r["tw"], r["ow"] = ref(r["tw"]), ref(r["ow"])
    for rows in stages.values():
        for r in rows:
            r[2] = ref(r[2])
    for rows in indicators.values():
        for r in rows:
            r["w"] = ref(r["w"])
    present = {r["v"] for r in promises}
    verdicts = [v for v in VERDICT_ORDER if v in present] + sorted(present - set(VERDICT_ORDER))
    used = present | {r[1] for rows in stages.values() for r in rows} \
        | {r[k] for rows in indicators.values() for r in rows for k in ("m", "c", "s")}
    return {
        "promises": promises, "verdicts": verdicts, "names": _names(g, used),
        "indicators": dict(sorted(indicators.items())), "stages": dict(sorted(stages.items())),
        "mentions": {k: sorted(index[w] for w in v) for k, v in sorted(mentions.items())},
        "sentences": table,
        "documents": [[label, title, year, _key(g.value(d, KGO.district)) if g.value(d, KGO.district) else "",
                       str(g.value(d, DCTERMS.source) or "")]
                      for d, (label, title, year) in sorted(docs.items(), key=lambda kv: kv[1])],
    }


__all__ = ["VERDICT_ORDER", "explorer_data"]
