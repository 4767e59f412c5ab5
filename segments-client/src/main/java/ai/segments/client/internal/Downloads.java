package ai.segments.client.internal;

import ai.segments.client.download.DownloadPolicy;
import ai.segments.client.http.SegmentsHttpTransport;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.web.client.RestClient;

/**
 * How a client downloads files outside the API: where from, on which HTTP client, how long each
 * attempt may take, which hosts are skipped after failing, and how many downloads one host gets at
 * once.
 *
 * @param restClient supplies the client downloads run on (created on the first download), its
 *     transport's timeout set to the read timeout
 * @param transport the transport, which aborts bodies past their time
 * @param readTimeout the longest wait for a byte, the response's first included
 * @param deadline the longest one attempt may take, or {@code null} for no limit
 * @param policy which URLs may be downloaded
 * @param hosts the health of download hosts other than the API
 * @param slots how many downloads run at once against one host other than the API
 */
public record Downloads(
    Supplier<RestClient> restClient,
    SegmentsHttpTransport transport,
    Duration readTimeout,
    Duration deadline,
    DownloadPolicy policy,
    DownloadHosts hosts,
    DownloadHostSlots slots) {}
