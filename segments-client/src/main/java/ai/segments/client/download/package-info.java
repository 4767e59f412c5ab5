/**
 * Downloads outside the API: which URLs the client fetches files from ({@link
 * ai.segments.client.download.DownloadPolicy}).
 */
package ai.segments.client.download;
