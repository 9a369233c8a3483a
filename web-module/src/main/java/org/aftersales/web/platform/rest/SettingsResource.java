package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.domain.accounts.Roles;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.settings.boundary.Settings.SettingView;
import org.aftersales.web.shared.rest.Page;

/**
 * {@code /settings} (ADMIN): the settings of the 系统参数 screen for scripts and tests — all of them,
 * and one changed against the version read (409 when stale, 422 when not a number where one was).
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    @EJB
    private Settings settings;

    public record Item(String key, String value, String description, long version) {
        static Item of(SettingView s) {
            return new Item(s.key(), s.value(), s.description(), s.version());
        }
    }

    public record Change(
            @NotNull(message = "{validation.required}") Long version,

            @NotNull(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}")
            String value) {}

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Page<Item> list() {
        List<Item> items = settings.all().stream().map(Item::of).toList();
        return new Page<>(items, items.size());
    }

    @PUT
    @Path("{key}")
    @RolesAllowed(Roles.ADMIN)
    public Item change(@PathParam("key") String key, @NotNull(message = "{validation.body}") @Valid Change body) {
        return Item.of(settings.change(key, body.version(), body.value()));
    }
}
