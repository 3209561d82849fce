package org.chancery.bench.corpus;

/** The two languages Chancery reads. */
public enum Language { EN, FR }
