package org.ceasefiredata.ceasefire.ops;

import java.time.Duration;
import java.util.stream.Stream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Latency histograms for the HTTP requests the service answers, so that operators can compute percentiles across all
 * replicas ({@code histogram_quantile} over {@code http_server_requests_seconds_bucket}).
 * <p>
 * Fixed buckets rather than Micrometer's percentile histogram (about 70 buckets per series) or client-side percentiles
 * (which cannot be aggregated across replicas): a dozen buckets from 5 ms to 10 s cover a cached hit and a cold search.
 */
@Singleton
public class HttpMetrics {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    static final double[] LATENCY_BUCKETS = Stream
            .of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos())
            .toArray();

    @Produces
    @Singleton
    MeterFilter httpLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(LATENCY_BUCKETS)
                        .build()
                        .merge(config);
            }
        };
    }
}
