/**
 * Ahead-of-time support: the runtime hints that AOT-processed applications and GraalVM native
 * images need for the client's JSON binding and resources.
 */
package ai.segments.client.aot;
