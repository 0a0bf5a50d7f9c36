// Each fixture runs several processes on two cores: one test class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
