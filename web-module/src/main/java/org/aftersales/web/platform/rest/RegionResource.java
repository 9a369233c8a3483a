package org.aftersales.web.platform.rest;

import jakarta.ws.rs.Path;
import org.aftersales.reference.boundary.ReferenceLists.Kind;

/**
 * {@code /regions} (issue 10.18): the regions (地区): dispatch matches technicians and tickets by
 * them. Read by everyone signed in, kept by ADMIN ({@link ReferenceListResource}).
 */
@Path("regions")
public class RegionResource extends ReferenceListResource {

    @Override
    protected Kind kind() {
        return Kind.REGION;
    }
}
