package ai.segments.emulator;

/** All resources of the emulated API and the router that serves them. */
final class Api {

  final SampleResource samples;
  final DatasetResource datasets;
  final LabelResource labels;
  final LabelsetResource labelsets;
  final IssueResource issues;
  final ReleaseResource releases;
  final CollaboratorResource collaborators;
  final Router router = new Router();

  Api(EmulatorContext ctx) {
    samples = new SampleResource(ctx);
    datasets = new DatasetResource(ctx, samples);
    labels = new LabelResource(ctx);
    labelsets = new LabelsetResource(ctx);
    issues = new IssueResource(ctx);
    releases = new ReleaseResource(ctx);
    collaborators = new CollaboratorResource(ctx);
    new AccountResource(ctx).register(router);
    datasets.register(router);
    collaborators.register(router);
    samples.register(router);
    labels.register(router);
    labelsets.register(router);
    issues.register(router);
    releases.register(router);
    new WorkunitResource(ctx).register(router);
    new AssetResource(ctx).register(router);
  }
}
