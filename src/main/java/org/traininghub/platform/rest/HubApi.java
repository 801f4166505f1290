package org.traininghub.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}; its OpenAPI document (META-INF/openapi.yaml) is served at {@code
 * /openapi}.
 */
@ApplicationPath("api")
public class HubApi extends Application {}
