package org.ceasefiredata.ceasefire.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness stays DOWN until the startup load of the seeds has finished. */
@Readiness
@ApplicationScoped
public class SeedReadinessCheck implements HealthCheck {

    @Inject
    LoadState state;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("seeds")
                .status(state.phase() == LoadState.Phase.DONE)
                .withData("phase", state.phase().name().toLowerCase(java.util.Locale.ROOT))
                .withData("detail", state.detail())
                .build();
    }
}
