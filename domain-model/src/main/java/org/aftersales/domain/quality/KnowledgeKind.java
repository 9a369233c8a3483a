package org.aftersales.domain.quality;

/** Q9 (培训知识库): a fault case or a piece of maintenance know-how. */
public enum KnowledgeKind {
    FAULT_CASE,
    KNOW_HOW
}
