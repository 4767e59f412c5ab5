/**
 * The exceptions raised by {@code SegmentsClient}, mirroring the Python SDK's hierarchy.
 *
 * <pre>
 * SegmentsException
 * ├── AuthenticationException
 * ├── AuthorizationException
 * ├── NetworkException
 * │   ├── NotFoundException
 * │   ├── AlreadyExistsException
 * │   ├── CollaboratorException
 * │   └── SubscriptionException
 * ├── SegmentsTimeoutException
 * ├── ApiLimitException
 * └── ValidationException
 * </pre>
 */
package ai.segments.client.exception;
