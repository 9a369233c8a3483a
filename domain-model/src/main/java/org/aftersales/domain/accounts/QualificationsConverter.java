package org.aftersales.domain.accounts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.aftersales.domain.shared.EnumSetConverter;

@Converter
public class QualificationsConverter extends EnumSetConverter<Qualification>
        implements AttributeConverter<Set<Qualification>, String> {

    public QualificationsConverter() {
        super(Qualification.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<Qualification> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<Qualification> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
