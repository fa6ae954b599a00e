"""One module per layout; each defines ID, DESC, make(rng, variant, kind), render(doc, path)."""
