package ai.segments.test.autoconfigure;

import org.springframework.stereotype.Component;

/** A component that a Segments slice leaves out. */
@Component
class ReportMailer {}
