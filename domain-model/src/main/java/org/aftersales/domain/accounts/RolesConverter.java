package org.aftersales.domain.accounts;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import org.aftersales.domain.shared.EnumSetConverter;

@Converter
public class RolesConverter extends EnumSetConverter<Role> implements AttributeConverter<Set<Role>, String> {

    public RolesConverter() {
        super(Role.class);
    }

    @Override
    public String convertToDatabaseColumn(Set<Role> attribute) {
        return toColumn(attribute);
    }

    @Override
    public Set<Role> convertToEntityAttribute(String dbData) {
        return toSet(dbData);
    }
}
