package org.aftersales.web.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The partner API, version 1 (../shared/API.md is the contract). Its OpenAPI document is
 * {@code META-INF/openapi.yaml}, served by Payara at {@code /openapi}.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {
}
