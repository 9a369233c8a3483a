package org.aftersales.web.shared.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** The partner API, version 1 (../shared/API.md is the contract). */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "aftersales partner API", version = "1",
        description = "售后服务管理系统 partner API. Errors are application/problem+json (RFC 9457)."))
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic"),
    @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer")
})
public class ApiApplication extends Application {
}
