"""rdf: resolved Minutes → quads (IRIs, mapping, provenance, derived edges, dataset description)."""
