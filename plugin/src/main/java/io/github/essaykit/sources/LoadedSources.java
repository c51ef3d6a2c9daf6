package io.github.essaykit.sources;

import io.github.essaykit.diagnostic.Diagnostics;

/** What loading source files gives: the library (what could be read) and every problem found. */
public record LoadedSources(SourceLibrary library, Diagnostics diagnostics) {}
