"""The body that acts on a count, kept in its label when the sentence sets another body doing the same beside it (issue
17, the dev judge 6009's row "lost qualifier (owner)"): 国务院已取消1195个行政审批事项，各级地方政府也取消了一批行政审批事项
counts the items the State Council cancelled, not all items cancelled (national_2003) (:func:`contrasted_actor`)."""
from __future__ import annotations

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import tagged
from kg.extractors.scheme_names import squash
from kg.extractors.stage.words import VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon

__all__ = ["contrasted_actor"]

_BODY_FLAGS = ("nt",)           # an organisation (国务院): who acts, as the tagger reads it
_BETWEEN_FLAGS = ("d",)         # 已: adverbs between the body and its verb


def contrasted_actor(wording: str, before: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the body (an organisation) opening the clause of its count and the verb right before the count,
    when a later clause of the sentence has a contrast mark (metrics.toml ``contrast_marks``: 也) before the same verb:
    the figure is that body's. Else ``wording``."""
    marks = lex.indicators.label.contrast_marks
    if not marks or not any(m in after for m in marks):
        return wording
    words = tagged(squash(CLAUSE_BREAK.split(before)[-1]), lex)
    if len(words) < 2 or not words[0][1].startswith(_BODY_FLAGS) or words[-1][1] not in VERB_FLAGS:
        return wording
    if not all(f.startswith(_BETWEEN_FLAGS) for _, f in words[1:-1]):
        return wording
    body, verb, own = words[0][0], words[-1][0], squash(wording)
    if len(verb) < 2 or body in own or not _restated(verb, after, marks):
        return wording
    noun = own.removeprefix(verb).removesuffix(verb)     # 行政审批事项取消 and 审批事项 alike: the verb before the count
    return named(body + verb + noun, lex) or wording


def _restated(verb: str, after: str, marks: tuple[str, ...]) -> bool:
    """Whether a later clause has a contrast mark and ``verb`` after it."""
    for clause in CLAUSE_BREAK.split(after)[1:]:
        at = next((clause.find(m) for m in marks if m in clause), -1)
        if at >= 0 and verb in clause[at:]:
            return True
    return False
