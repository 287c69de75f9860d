/**
 * The wave planner: applications (migration units) and their dependencies taken from the links,
 * move groups from the hard links, waves in dependency order within capacity and pins, and a flag
 * for every migration risk the plan cannot avoid. The only package that uses JGraphT for planning.
 *
 * <p>Entry point: {@link dev.envol.plan.WavePlanner}, implemented by
 * {@link dev.envol.plan.DependencyWavePlanner}; the result is an immutable
 * {@link dev.envol.plan.WavePlan}, with the cut-over of each application inside its wave
 * ({@link dev.envol.plan.Cutovers}) and the front first when {@code settings.frontFirst} says so
 * ({@code FrontFirst}).
 */
package dev.envol.plan;
