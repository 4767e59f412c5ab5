/** The Segments API's health, checked through {@code api_status}, for any Spring Boot line. */
package ai.segments.spring.health;
