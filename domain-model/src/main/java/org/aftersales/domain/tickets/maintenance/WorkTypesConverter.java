package org.aftersales.domain.tickets.maintenance;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.aftersales.domain.shared.EnumSetConverter;

@Converter
public class WorkTypesConverter extends EnumSetConverter<WorkType>
        implements AttributeConverter<Set<WorkType>, String> {

    public WorkTypesConverter() {
        super(WorkType.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<WorkType> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<WorkType> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
