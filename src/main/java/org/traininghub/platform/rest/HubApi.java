package org.traininghub.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Training Hub Portal API",
            version = "1",
            description = "The hub's public training catalogue, read-only. See docs/api.md."))
public class HubApi extends Application {}
