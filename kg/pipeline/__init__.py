"""The build, as named steps that pass typed values (kg.pipeline.run.build chains them):

    inputs   collect_inputs -> list[InputFile]; plan -> list[Input] (cache keys); the output checks
    parts    extract_parts -> Extracted (a DocPart per document, merged entities, shared lines)
    steps    link -> BuiltGraph (entities resolved, shared lines validated, promises tracked);
             write_files, update_store
    lines    BuiltGraph: the graph as the build holds it, which every output is written from
    cache    out/.cache entries (JSON through codec, never pickles); document: one document's step
    files    atomic writes
"""
