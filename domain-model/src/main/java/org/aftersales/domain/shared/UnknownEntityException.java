package org.aftersales.domain.shared;

/** No such entity (API: 404). */
public class UnknownEntityException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String entityType;
    private final String key;

    public UnknownEntityException(String entityType, Object key) {
        super(entityType + " " + key + " does not exist");
        this.entityType = entityType;
        this.key = String.valueOf(key);
    }

    public String entityType() {
        return entityType;
    }

    public String key() {
        return key;
    }
}
