package ai.segments.sample;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The sample app over real HTTP on a random port, on the embedded emulator with the demo data (no
 * API key is set), with metrics and a {@code TestRestTemplate}. The test classes that carry it
 * share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"sample.import-chunk-size=2", "sample.page-size=30"})
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
@interface DemoAppTest {}
