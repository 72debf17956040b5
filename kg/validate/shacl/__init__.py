"""A fast SHACL Core validator for the shapes govkg uses, over plain triples instead of an rdflib Graph.

    compile_shapes (a shapes graph -> frozen Shape dataclasses, once) -> validate_triples / validate_nt (index
    the data in dicts, evaluate every shape) -> the kg.validate.core.ValidationReport pyshacl would give

Terms become plain values (an IRI is a str, a blank node a Blank, a literal a Lit), so indexing and comparing
them runs at C speed. A shapes graph using SHACL beyond SUPPORTED raises UnsupportedShape: validate with pyshacl
(kg.validate.core.validate) then. Where pyshacl, run as kg.validate.core runs it, departs from the SHACL text, this module
does what pyshacl does, so a verdict does not depend on the validator: a literal is ill-typed when rdflib cannot
convert it (xsd:gYear is never ill-typed), sh:lessThan and sh:minInclusive compare in rdflib's literal order
(IRIs as strings), and a nested shape whose results are all warnings conforms. Two departures from pyshacl
follow the SHACL text instead: sh:languageIn matches language ranges (zh-Hans takes zh-Hans-CN), and a blank
node compared by sh:lessThan is a result (pyshacl raises).

Why our own engine rather than a library (measured on 2 cores, benchmarks/README.md "Libraries against our own
code"): a build validates each document's graph in its worker, from the triples the worker holds. This engine
takes 9.8 ms a document there; pyshacl-turbo 0.6.5 (a Rust engine with pySHACL's API) 37 ms at best (it needs a
pyoxigraph Store built first; 83 ms from an rdflib Graph, 219 ms from N-Triples text), and pyshacl 266 ms. On the
10x corpus (50 documents) that is +0.65 s to +1.8 s on a 3.2 s build for pyshacl-turbo. On the whole seeds graph
this engine takes 72 ms, pyshacl-turbo 139-181 ms, pyshacl 977 ms. All three agree on 21 mutated graphs under two
shapes graphs, but for one case: pyshacl-turbo rejects "二〇二四"^^xsd:gYear, which pyshacl and this engine accept.
"""

from kg.validate.shacl.engine import validate_nt, validate_triples
from kg.validate.shacl.shapes import Shapes, UnsupportedShape, compile_shapes, shipped_shapes

__all__ = ["Shapes", "UnsupportedShape", "compile_shapes", "shipped_shapes", "validate_nt", "validate_triples"]
