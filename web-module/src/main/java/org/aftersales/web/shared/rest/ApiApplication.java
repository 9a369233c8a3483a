package org.aftersales.web.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The partner API, version 1 (../shared/API.md is the contract). Its OpenAPI document is
 * {@code openapi.yaml} beside {@link OpenApiResource}, served at {@code /api/v1/openapi} to signed-in callers.
 */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
