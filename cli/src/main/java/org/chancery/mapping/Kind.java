package org.chancery.mapping;

/** What a gazetteer entry names. */
public enum Kind {
    STATE, DEMONYM, PLACE, INSTITUTION, ROLE, CUE
}
