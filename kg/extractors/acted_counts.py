"""Counts of the things an action acts on or the things that did it (issue 17, family counts18; the "no" rows of the
blind judges /work/label_judge_8103.tsv and 8104.tsv).

Two readings a statistician makes of a count whose clause goes on after the counted noun:

- a wording that stops inside a word closing its clause takes the whole word: 15个重点行业淘汰落后产能年度任务如期完成
  (national_2015) is no 重点行业淘汰落后产能年度任务如期 (a label never cuts a word in two: the tagger reads 如期完成
  as one word);
- a count after a verb of reaching (hedges.toml [measure] ``level_after_change``: 至, 到, closing a verb) whose classifier
  is followed by a noun counts that noun, of the thing that reached it: 亚太示范电子口岸网络拓展至24个成员口岸
  (shanghai_city_2022) counts the network's member ports (-> 亚太示范电子口岸网络成员口岸), not networks.

Each reading is tried only when its cheap precondition holds (the clause runs on past the wording; a reaching word
right before the count), and a reading whose label breaks a label rule leaves the wording as it was.
Read by kg.extractors.indicators.attribute.
"""
from __future__ import annotations

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import label_problems, tagged
from kg.lang.zh.postag import NOUN_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["acted_count"]

_QUOTES = str.maketrans("", "", "\u201c\u201d\u2018\u2019\"")
_MEMBER_CHARS = (2, 6)      # characters of the noun counted after a verb of reaching (成员口岸)


def acted_count(wording: str, q: Quantity, before: str, after: str, lex: Lexicon) -> str:
    """``wording`` read as the things an action acts on or the things that did it (module docstring); else unchanged."""
    own = squash(wording)
    clause = squash(CLAUSE_BREAK.split(after, maxsplit=1)[0]).translate(_QUOTES)
    found = _whole_word(own, clause, lex) or _reached_members(own, q, clause, before, lex)
    return found if found is not None and not label_problems(found, lex) else wording


def _whole_word(own: str, clause: str, lex: Lexicon) -> str | None:
    """The whole clause when ``own`` stops inside the word that closes it (如期|完成 of 如期完成)."""
    if not clause.startswith(own) or len(clause) == len(own):
        return None
    words = tagged(clause, lex)
    last = words[-1][0] if words else ""
    return clause if len(clause) - len(last) < len(own) else None


def _reached_members(own: str, q: Quantity, clause: str, before: str, lex: Lexicon) -> str | None:
    """The thing before a verb of reaching and the noun its count counts (拓展至24个成员口岸 -> …成员口岸)."""
    lead = squash(before)
    if q.unit not in lex.generic_classifiers or not lead.endswith(lex.hedges.measure.level_after_change):
        return None
    if not lead[:-1].endswith(own) and own not in lead[-len(own) - 6:]:
        return None                     # the wording is not the thing before the verb
    noun = ""
    for word, tag in tagged(clause, lex):
        if tag not in NOUN_FLAGS:
            break
        noun += word
    return own + noun if _MEMBER_CHARS[0] <= len(noun) <= _MEMBER_CHARS[1] and noun not in own else None
