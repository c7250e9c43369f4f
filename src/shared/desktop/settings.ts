/**
 * Application settings (data folder, threads, GPU, default grid and preset), stored as a JSON
 * file in the app's settings folder. Validated with zod on load and on every change; a
 * damaged file never stops the app from starting (defaults are used and the problem shown).
 */
import { z } from 'zod';

export const GPU_CHOICES = ['auto', 'cuda', 'vulkan', 'metal', 'cpu'] as const;
export type GpuChoice = (typeof GPU_CHOICES)[number];

const positiveInt = z.number().int().positive();

export const gridSchema = z.object({
  budgets: z.array(positiveInt.max(1_000_000)).min(1).max(64),
  rounds: z.array(z.number().int().nonnegative().max(64)).min(1).max(64),
});

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});

export const settingsSchema = z.object({
  /** Folder holding run logs, downloaded models and the support log; empty: the default. */
  dataDir: z.string().max(4096),
  /** Threads for generation; 0: the engine's default. */
  threads: z.number().int().min(0).max(512),
  gpu: z.enum(GPU_CHOICES),
  preset: z.string().min(1).max(64),
  forceString: z.string().min(1).max(200),
  grid: gridSchema,
  /** Models opened or downloaded before, most recent first. */
  recentModels: z.array(z.string().max(4096)).max(20),
  window: windowStateSchema.optional(),
});

export type Settings = z.infer<typeof settingsSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;

/** What the settings page may change (not the remembered window or model list). */
export const settingsPatchSchema = settingsSchema.pick({ dataDir: true, threads: true, gpu: true, preset: true, forceString: true, grid: true }).partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  dataDir: '',
  threads: 0,
  gpu: 'auto',
  preset: 'm1',
  forceString: 'Wait',
  grid: { budgets: [128, 256, 512, 1024, 2048, 4096, 8192], rounds: [0] },
  recentModels: [],
};

export interface SettingsView {
  settings: Settings;
  /** The settings file. */
  file: string;
  /** The data folder in effect (the default when `settings.dataDir` is empty). */
  dataDir: string;
  /** Why the file on disk was not used (damaged, invalid), when it was not. */
  problem?: string;
}
