package org.aftersales.web.platform.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.aftersales.settings.boundary.Settings;
import org.aftersales.settings.boundary.Settings.SettingView;

/** {@code /settings}: what the Settings screen shows and changes, for scripts (optimistic: the version read). */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class SettingResource {

    @EJB
    private Settings settings;

    public record Change(String value, @NotNull(message = "{validation.required}") Long version) {
    }

    @GET
    public List<SettingView> all() {
        return settings.all();
    }

    @PUT
    @Path("{key}")
    public SettingView change(@PathParam("key") String key, @NotNull(message = "{validation.body}") @Valid Change body) {
        return settings.change(key, body.version(), body.value());
    }
}
