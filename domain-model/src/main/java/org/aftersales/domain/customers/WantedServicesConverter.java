package org.aftersales.domain.customers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.aftersales.domain.shared.EnumSetConverter;

@Converter
public class WantedServicesConverter extends EnumSetConverter<WantedService>
        implements AttributeConverter<Set<WantedService>, String> {

    public WantedServicesConverter() {
        super(WantedService.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<WantedService> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<WantedService> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
