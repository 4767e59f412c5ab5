package ai.segments.emulator;

/** All endpoints of the emulated API and the router that serves them. */
final class Api {

  final SampleEndpoints samples;
  final DatasetEndpoints datasets;
  final LabelEndpoints labels;
  final LabelsetEndpoints labelsets;
  final IssueEndpoints issues;
  final ReleaseEndpoints releases;
  final CollaboratorEndpoints collaborators;
  final Router router = new Router();

  Api(EmulatorContext ctx) {
    samples = new SampleEndpoints(ctx);
    datasets = new DatasetEndpoints(ctx, samples);
    labels = new LabelEndpoints(ctx);
    labelsets = new LabelsetEndpoints(ctx);
    issues = new IssueEndpoints(ctx);
    releases = new ReleaseEndpoints(ctx);
    collaborators = new CollaboratorEndpoints(ctx);
    new AccountEndpoints(ctx).register(router);
    datasets.register(router);
    collaborators.register(router);
    samples.register(router);
    labels.register(router);
    labelsets.register(router);
    issues.register(router);
    releases.register(router);
    new WorkunitEndpoints(ctx).register(router);
    new AssetEndpoints(ctx).register(router);
    new DemoMediaEndpoints(ctx).register(router);
  }
}
