package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.aftersales.domain.shared.Text;

/** C1: a further contact person of a customer (the main one is on the customer itself). */
@Embeddable
public class Contact {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "title", length = 100)
    private String title;

    protected Contact() {}

    public Contact(String name, String phone, String title) {
        this.name =
                Objects.requireNonNull(name, "The contact's name is required.").strip();
        this.phone = Text.optional(phone);
        this.title = Text.optional(title);
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c
                && name.equals(c.name)
                && Objects.equals(phone, c.phone)
                && Objects.equals(title, c.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, title);
    }
}
