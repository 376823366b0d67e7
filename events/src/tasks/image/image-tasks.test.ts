import { describe, expect, test } from 'vitest';
import { imageGraphicTask } from './image-graphic.task.ts';
import { imagePosterTask } from './image-poster.task.ts';
import { imageThumbnailTask } from './image-thumbnail.task.ts';

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
  result.error?.issues.map((issue) => issue.message).join('; ') ?? '';

describe('image task contracts', () => {
  test.each([imageThumbnailTask, imagePosterTask, imageGraphicTask])('$key accepts its own example', (task) => {
    expect(task.input.safeParse(task.example).success).toBe(true);
    expect(task.inputJsonSchema()).toMatchObject({ type: 'object' });
  });

  test('defaults fill in the template and format', () => {
    expect(imageThumbnailTask.input.parse({ title: '  Hi  ' })).toEqual({
      title: 'Hi',
      template: 'bold-title',
      format: 'png',
    });
    expect(imagePosterTask.input.parse({ title: 'Hi' })).toMatchObject({ size: '1080x1350' });
    expect(imageGraphicTask.input.parse({ title: 'Hi' })).toMatchObject({ template: 'quote-card' });
  });

  test.each([
    [imagePosterTask, { title: 'x', size: '1920x1080' }, 'size must be one of 1080x1350, 1080x1920'],
    [imageThumbnailTask, { title: 'x', format: 'jpeg' }, 'Invalid option'],
    [imageThumbnailTask, { title: 'x', template: 'fancy' }, 'Invalid option'],
    [imageThumbnailTask, { title: 'x'.repeat(151) }, 'title must be at most 150 characters long'],
    [imageThumbnailTask, { title: '\u200b' }, 'title must contain a visible character'],
    [imageThumbnailTask, { title: 'x', brand: { primaryColor: 'red' } }, 'Expected a colour as #RRGGBB'],
    [imageThumbnailTask, { title: 'x', brand: { fontFamily: 'comic-sans' } }, 'Invalid option'],
    [imageThumbnailTask, { title: 'x', brand: { logoBlobKey: '../etc/passwd' } }, 'relative blob key'],
    [imageThumbnailTask, { title: 'x', colour: 'red' }, 'Unrecognized key'],
    [imageGraphicTask, {}, 'give either title (one graphic) or slides (a carousel)'],
    [imageGraphicTask, { slides: [] }, 'slides must hold at least one slide'],
    [imageGraphicTask, { slides: Array.from({ length: 11 }, () => ({ title: 'x' })) }, 'at most 10 slides'],
    [imageGraphicTask, { slides: [{ title: 'a' }], subtitle: 'b' }, 'subtitle belongs inside each slide'],
  ])('%# rejects bad input with a clear message', (task, input, message) => {
    const result = task.input.safeParse(input);
    expect(result.success).toBe(false);
    expect(messages(result)).toContain(message);
  });
});
